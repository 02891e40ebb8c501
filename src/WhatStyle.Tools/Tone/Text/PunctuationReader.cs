namespace WhatStyle.Tools.Tone.Text;

/// <summary>The punctuation half of <see cref="MessageScanner"/>: exclamation and question runs, periods, ellipses, commas.</summary>
internal static class PunctuationReader
{
    /// <summary>Reads a run of <c>!</c> and <c>?</c> ("!!!", "?!") and returns the index after it.</summary>
    public static int ReadMarks(string text, ScannedMessage message, int i, int length)
    {
        int exclamations = 0, questions = 0;
        while (i < length && text[i] is '!' or '?')
        {
            if (text[i] == '!')
            {
                exclamations++;
            }
            else
            {
                questions++;
            }

            i++;
        }

        message.Exclamations += exclamations;
        message.Questions += questions;
        message.LongestExclamationRun = Math.Max(message.LongestExclamationRun, exclamations);
        if (exclamations > 0 && questions > 0)
        {
            message.Interrobangs++;
        }

        return i;
    }

    /// <summary>Counts one sentence mark; any of them ends a negation's scope ("not bad, really good").</summary>
    public static void CountPunctuation(string text, ScannedMessage message, int i, int length, ref int negationLeft)
    {
        switch (text[i])
        {
            case '.':
                if (i + 2 < length && text[i + 1] == '.' && text[i + 2] == '.')
                {
                    message.Ellipses++;
                }

                message.Periods++;
                negationLeft = 0;
                break;
            case '…':
                message.Ellipses++;
                negationLeft = 0;
                break;
            case ',':
                message.Commas++;
                negationLeft = 0;
                break;
            case ';' or ':':
                negationLeft = 0;
                break;
        }
    }
}
