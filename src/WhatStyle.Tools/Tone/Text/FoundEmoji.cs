using WhatStyle.Tools.Tone.Emoji;

namespace WhatStyle.Tools.Tone.Text;

/// <summary>An emoji grapheme cluster or an emoticon found in a message.</summary>
internal readonly record struct FoundEmoji(int Start, int Length, EmojiEntry Entry, bool IsEmoticon);
