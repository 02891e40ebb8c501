namespace WhatStyle.Tools.Tone.Text;

/// <summary>The writing systems the language detector tells apart by letters alone.</summary>
internal enum Script
{
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Thai,
    Hangul,
    Kana,
    Han,
    Other,
}
