using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle drafts list|approve|reject`: the owner's decisions on replies the bridge held back (draft mode).</summary>
internal static class DraftsCommand
{
    public static Command Create()
    {
        var command = new Command("drafts", "Review replies waiting for your approval; the bridge sends approved ones.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Approve());
        command.Subcommands.Add(Reject());
        return command;
    }

    private static Command List()
    {
        var all = new Option<bool>("--all") { Description = "Include approved, rejected and sent drafts (default: pending only)." };
        var json = CliOptions.Json();
        var command = new Command("list", "List drafts waiting for approval.") { all, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = CliServices.Build(parseResult);
            var drafts = await services.GetRequiredService<IDraftStore>()
                .ListAsync(parseResult.GetValue(all) ? null : DraftStatus.Pending, cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(drafts, WhatStyleJson.Options));
                return ExitCodes.Success;
            }

            foreach (var draft in drafts)
            {
                // A crisis is marked first on the line, so the owner sees it before anything else.
                var crisis = draft.Crisis is null ? string.Empty : $"CRISIS ({draft.Crisis}): answer personally  ";
                await output.WriteLineAsync($"{crisis}{draft.Id}  [{draft.Status.ToString().ToLowerInvariant()}]  to {draft.Contact}{(draft.Group is null ? "" : $" in {draft.Group}")}  {draft.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
                await output.WriteLineAsync($"    they wrote: {OneLine(draft.IncomingText)}");
                await output.WriteLineAsync($"    reply:      {OneLine(draft.Text)}{(draft.StickerPath is null ? "" : " + sticker")}");
            }

            await output.WriteLineAsync($"{drafts.Count} draft(s)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Approve()
    {
        var id = new Argument<string>("id") { Description = "The draft id, as shown by `whatstyle drafts list`." };
        CommandValues.NotBlank(id, "a draft id as `whatstyle drafts list` shows it");
        var text = new Option<string?>("--text") { Description = "Send this text instead of the proposed reply." };
        var command = new Command("approve", "Approve a draft; the running bridge sends it.") { id, text };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var edited = parseResult.GetValue(text);
            if (edited is not null && string.IsNullOrWhiteSpace(edited))
            {
                throw new UserErrorException("--text is empty; leave it out to send the proposed reply.");
            }

            await using var services = CliServices.Build(parseResult);
            var draft = await Decide(() => services.GetRequiredService<IDraftStore>().ApproveAsync(parseResult.GetValue(id)!, edited, cancellationToken));
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"approved {draft.Id}: the bridge will send it to {draft.Contact}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Reject()
    {
        var id = new Argument<string>("id") { Description = "The draft id, as shown by `whatstyle drafts list`." };
        CommandValues.NotBlank(id, "a draft id as `whatstyle drafts list` shows it");
        var command = new Command("reject", "Reject a draft; it is never sent.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = CliServices.Build(parseResult);
            var draft = await Decide(() => services.GetRequiredService<IDraftStore>().RejectAsync(parseResult.GetValue(id)!, cancellationToken));
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"rejected {draft.Id}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<Draft> Decide(Func<Task<Draft>> decide)
    {
        try
        {
            return await decide();
        }
        catch (KeyNotFoundException ex)
        {
            throw new UserErrorException($"{ex.Message} Run `whatstyle drafts list` to see the ids.", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new UserErrorException(ex.Message, ex);
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" / ");
}
