using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WhatStyle.Cli.Dashboard;
using WhatStyle.Dashboard;
using WhatStyle.Dashboard.Security;
using WhatStyle.Hosting;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle dashboard [--urls]` serves the owner's dashboard; `whatstyle dashboard set-password` sets its login.</summary>
internal static class DashboardCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen (default {DashboardHost.DefaultUrl}). Beyond 127.0.0.1 the dashboard requires your password (set-password).",
            DefaultValueFactory = _ => DashboardHost.DefaultUrl,
        };
        var command = new Command("dashboard", "Serve the dashboard (inbox, drafts, contacts, operations) in a browser, over this data directory.") { urls };
        command.Subcommands.Add(SetPassword());
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var dataDirectory = HostEnvironment.ResolveDataDirectory(parseResult.GetValue(CliOptions.DataDir));
            var listen = parseResult.GetValue(urls)!;
            var addresses = listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (addresses.Length == 0 || addresses.Any(a => !Uri.TryCreate(a.Replace("://+", "://any", StringComparison.Ordinal).Replace("://*", "://any", StringComparison.Ordinal), UriKind.Absolute, out _)))
            {
                throw new UserErrorException($"--urls '{listen}' is not a list of addresses like {DashboardHost.DefaultUrl}.");
            }

            if (addresses.Any(a => !LoopbackAddress.IsLoopbackUrl(a)) && !new DashboardPassword(dataDirectory).IsSet)
            {
                throw new UserErrorException("--urls reaches beyond this machine, so the dashboard needs your password: set one first with `whatstyle dashboard set-password`.");
            }

            await using var app = DashboardHost.Build(dataDirectory, listen);
            app.Services.ValidateOptionsNow();
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                throw new UserErrorException($"cannot listen on {listen}: {ex.Message} (pick another with --urls)", ex);
            }

            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in bound)
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Dashboard at {address.TrimEnd('/')}{DashboardPaths.Root} (Ctrl+C stops it)");
            }

            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command SetPassword()
    {
        var command = new Command("set-password",
            $"Set the dashboard's password (at least {DashboardPassword.MinimumLength} characters), read from standard input; only its salted hash is stored.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var dataDirectory = HostEnvironment.ResolveDataDirectory(parseResult.GetValue(CliOptions.DataDir));
            var output = parseResult.InvocationConfiguration.Output;
            if (!Console.IsInputRedirected)
            {
                await output.WriteAsync("New dashboard password: ");
            }

            var password = Console.IsInputRedirected ? await Console.In.ReadLineAsync(cancellationToken) : ReadHidden();
            if (string.IsNullOrEmpty(password) || password.Length < DashboardPassword.MinimumLength)
            {
                throw new UserErrorException($"the password needs at least {DashboardPassword.MinimumLength} characters; nothing was changed.");
            }

            var store = new DashboardPassword(dataDirectory);
            store.Set(password);
            await output.WriteLineAsync($"Dashboard password set (salted hash in {store.FilePath}).");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads a line from the terminal without echoing it.</summary>
    private static string ReadHidden()
    {
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return typed.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}
