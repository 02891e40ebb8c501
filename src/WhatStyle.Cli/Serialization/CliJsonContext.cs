using System.Text.Json;
using System.Text.Json.Serialization;
using WhatStyle.Cli.Commands;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Serialization;

/// <summary>
/// Source-generated JSON for what the CLI writes often: the tone reading (bulk <c>analyze</c>) and the reply. The
/// metadata is generated from the types at build time, so members added to <see cref="ToneAnalysis"/> flow through
/// with no change here, and a fresh process spends no start-up time on reflection.
/// </summary>
[JsonSerializable(typeof(ToneAnalysis))]
[JsonSerializable(typeof(ReplyJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>The shape of <see cref="WhatStyleJson.Options"/> (camelCase, enums as camelCase strings), compact.</summary>
    public static CliJsonContext Compact { get; } = new(WithFastDoubles(WhatStyleJson.Options));

    /// <summary>The same, indented for people.</summary>
    public static CliJsonContext Indented { get; } = new(WithFastDoubles(WhatStyleJson.Indented));

    /// <summary>The same bytes as <paramref name="shape"/> writes, with the scores formatted faster.</summary>
    private static JsonSerializerOptions WithFastDoubles(JsonSerializerOptions shape) =>
        new(shape) { Converters = { new ThousandthsDoubleConverter() } };
}
