using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WhatStyle.Cli.Serialization;

/// <summary>
/// Writes a double the way <see cref="Utf8JsonWriter.WriteNumberValue(double)"/> does, byte for byte, but quickly when
/// it is a multiple of 0.001 (every score and cue weight of a tone reading is rounded to three places).
/// </summary>
/// <remarks>
/// A reading carries some thirty doubles, and the runtime's shortest round-trip formatting took about 0.1 µs each:
/// more than half the time of writing a reading (bulk <c>analyze --format jsonl</c>, docs/tone.md). Any other value
/// (more places, very large, -0, NaN) goes to the writer as before.
/// </remarks>
internal sealed class ThousandthsDoubleConverter : JsonConverter<double>
{
    /// <summary>Below this, a multiple of 0.001 is far coarser than a double's spacing, so its plain decimal is the
    /// shortest text that reads back as the same double, which is what the runtime writes; and it is never written
    /// with an exponent.</summary>
    private const double Limit = 1e9;

    /// <summary>Sign, nine integer digits, point, three places.</summary>
    public const int MaxLength = 14;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        if (TryFormat(value, text, out var written))
        {
            writer.WriteRawValue(text[..written], skipInputValidation: true);
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>Writes <paramref name="value"/> as the runtime's shortest round-trip text when it is a multiple of 0.001
    /// of magnitude below 10⁹; false (nothing written) otherwise.</summary>
    public static bool TryFormat(double value, Span<byte> destination, out int written)
    {
        written = 0;
        if (!(Math.Abs(value) < Limit) || destination.Length < MaxLength)
        {
            return false;
        }

        var thousandths = (long)Math.Round(value * 1000);
        // The quotient is correctly rounded, so equality means the decimal thousandths/1000 reads back as this very double.
        if (thousandths / 1000.0 != value || (thousandths == 0 && double.IsNegative(value)))
        {
            return false;
        }

        if (thousandths < 0)
        {
            destination[written++] = (byte)'-';
            thousandths = -thousandths;
        }

        var whole = thousandths / 1000;
        var fraction = (int)(thousandths % 1000);
        whole.TryFormat(destination[written..], out var digits, default, CultureInfo.InvariantCulture);
        written += digits;
        if (fraction == 0)
        {
            return true;
        }

        destination[written++] = (byte)'.';
        destination[written++] = (byte)('0' + (fraction / 100));
        if (fraction % 100 != 0)
        {
            destination[written++] = (byte)('0' + (fraction / 10 % 10));
            if (fraction % 10 != 0)
            {
                destination[written++] = (byte)('0' + (fraction % 10));
            }
        }

        return true;
    }
}
