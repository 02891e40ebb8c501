using System.Globalization;

namespace WhatStyle.Bridge.LoadTest;

/// <summary>
/// The command line: <c>[webhooks] [concurrency] [bridge.dll]</c> in that order, and the flags <c>--rate N</c>,
/// <c>--bridges N</c> and <c>--storage litedb|postgres</c> anywhere.
/// </summary>
internal sealed record LoadOptions(int Total, int Concurrency, string? BridgeDll, double Rate, int Bridges, string Storage, bool Scaling)
{
    public const int MaxBridges = 3;

    public bool OnPostgres => Storage == "postgres";

    /// <summary>The options, or null with a one-line <paramref name="error"/> (never a FormatException).</summary>
    public static LoadOptions? Parse(string[] args, out string error)
    {
        error = "";
        var positional = new List<string>();
        double rate = 0;
        var bridges = 1;
        var storage = "litedb";
        var scaling = false;
        for (var i = 0; i < args.Length; i++)
        {
            var flag = args[i];
            if (flag is not ("--rate" or "--bridges" or "--storage"))
            {
                positional.Add(flag);
                continue;
            }

            if (i + 1 >= args.Length)
            {
                error = $"{flag} needs a value";
                return null;
            }

            var value = args[++i];
            switch (flag)
            {
                case "--rate" when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out rate) || rate <= 0 || double.IsInfinity(rate):
                    error = $"--rate must be a positive number of webhooks per second, not '{value}'";
                    return null;
                case "--bridges" when !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out bridges) || bridges is < 1 or > MaxBridges:
                    error = $"--bridges must be 1 to {MaxBridges}, not '{value}'";
                    return null;
                case "--storage" when value is not ("litedb" or "postgres"):
                    error = $"--storage must be litedb or postgres, not '{value}'";
                    return null;
                case "--storage":
                    storage = value;
                    scaling = true;
                    break;
                case "--bridges":
                    scaling = true;
                    break;
            }
        }

        var counts = new int[2];
        for (var i = 0; i < Math.Min(2, positional.Count); i++)
        {
            if (!int.TryParse(positional[i], NumberStyles.None, CultureInfo.InvariantCulture, out counts[i]) || counts[i] <= 0)
            {
                error = $"{(i == 0 ? "webhooks" : "concurrency")} must be a positive whole number, not '{positional[i]}'";
                return null;
            }
        }

        if (positional.Count > 3)
        {
            error = $"unexpected argument '{positional[3]}'";
            return null;
        }

        if (bridges > 1 && storage != "postgres")
        {
            // LiteDB state lives in one bridge's data directory: bridges of one account share dedupe and outbox only in PostgreSQL.
            error = "several bridges of one account need --storage postgres (a LiteDB bridge's state is its own)";
            return null;
        }

        return new LoadOptions(
            positional.Count > 0 ? counts[0] : 5000,
            positional.Count > 1 ? counts[1] : 32,
            positional.Count > 2 ? positional[2] : null,
            rate,
            bridges,
            storage,
            scaling);
    }
}
