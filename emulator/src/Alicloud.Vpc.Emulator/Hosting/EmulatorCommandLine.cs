using System.CommandLine;
using Alicloud.Vpc.Emulator.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Emulator.Hosting;

/// <summary>The CLI: parses options, starts the server, prints the port line as the first stdout line, runs until SIGINT/SIGTERM.</summary>
internal static class EmulatorCommandLine
{
    public static async Task<int> InvokeAsync(string[] args)
    {
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1 (0 = pick a free one).", DefaultValueFactory = _ => 0 };
        var stateFile = new Option<string?>("--state-file") { Description = "Persist state here after every change (atomic write) and reload it on start." };
        var qps = new Option<int>("--qps") { Description = "Requests per second per AccessKeyId before Throttling.User (0 = unlimited).", DefaultValueFactory = _ => 0 };
        var transition = new Option<string[]>("--transition")
        {
            Description = $"STATE=SECONDS, repeatable. States: {string.Join(", ", TransitionDurations.Names)}, or * for all.",
            AllowMultipleArgumentsPerToken = false,
        };
        var seed = new Option<int?>("--seed") { Description = "Seed of the fault-rule randomness." };
        var credentials = new Option<string?>("--credentials-file") { Description = "JSON list of extra access keys: [{accessKeyId, accessKeySecret, accountId, securityToken?}]." };
        var perRouter = new Option<int>("--router-interfaces-per-router")
        {
            Description = "How many router interfaces one router may hold.",
            DefaultValueFactory = _ => EmulatorLimits.DefaultRouterInterfacesPerRouter,
        };

        var profile = new Option<string>("--profile")
        {
            Description = "strict (default: documented rules on, every unknown at its default), lenient (the first version's behaviour) or random (one variant per unknown, seeded by --profile-seed).",
            DefaultValueFactory = _ => "strict",
        };
        var profileSeed = new Option<int?>("--profile-seed") { Description = "Seed of the random profile's picks (printed to stderr and shown by GET /_emulator/variants)." };
        var variant = new Option<string[]>("--variant")
        {
            Description = "NAME=VALUE, repeatable, over the profile. " + VariantHelp.Text(),
            AllowMultipleArgumentsPerToken = false,
        };
        var variantsFrom = new Option<string?>("--variants-from")
        {
            Description = "PATH of a JSON document with a \"variants\" object (e.g. a conformance report); --variant flags override it.",
        };
        var quota = new Option<string[]>("--quota")
        {
            Description = "ACTION=CALLS per 60 s per account and region, repeatable (0 removes one); beyond it 400 Throttling.User. "
                + "Default DeactivateRouterInterface=300 and DeleteRouterInterface=300 (Express Connect quota page); strict rules only.",
            AllowMultipleArgumentsPerToken = false,
        };

        var root = new RootCommand("Local Alibaba Cloud VPC OpenAPI (2016-04-28) emulator for router interfaces.")
        {
            port, stateFile, qps, transition, seed, credentials, perRouter, profile, profileSeed, variant, variantsFrom, quota,
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            EmulatorOptions options;
            try
            {
                options = new EmulatorOptions
                {
                    Port = parse.GetValue(port) is var p and >= 0 and <= 65535 ? p : throw new FormatException("--port must be 0..65535."),
                    StateFile = parse.GetValue(stateFile),
                    Qps = parse.GetValue(qps) is var q and >= 0 ? q : throw new FormatException("--qps must be >= 0."),
                    Transitions = (parse.GetValue(transition) ?? []).Select(TransitionDurations.ParseAssignment).ToDictionary(kv => kv.Key, kv => kv.Value),
                    Seed = parse.GetValue(seed),
                    CredentialsFile = parse.GetValue(credentials),
                    RouterInterfacesPerRouter = parse.GetValue(perRouter),
                    Profile = parse.GetValue(profile) ?? "strict",
                    ProfileSeed = parse.GetValue(profileSeed),
                    Variants = VariantsFile.Merge(parse.GetValue(variantsFrom), (parse.GetValue(variant) ?? []).Select(Behaviour.EmulatorBehaviour.ParseAssignment)),
                    Quotas = (parse.GetValue(quota) ?? []).Select(Protocol.ApiQuotas.ParseAssignment).ToDictionary(kv => kv.Key, kv => kv.Value),
                };
                new TransitionDurations().Apply(options.Transitions);
                new Behaviour.EmulatorBehaviour().Apply(options.Profile, options.ProfileSeed, options.Variants);
                new Protocol.ApiQuotas(new Behaviour.EmulatorBehaviour(), TimeProvider.System).Apply(options.Quotas, Actions.ActionCatalog.All.Select(a => a.Name).ToArray());
                _ = new EmulatorLimits { RouterInterfacesPerRouter = options.RouterInterfacesPerRouter };
            }
            catch (Exception error) when (error is FormatException or ArgumentException)
            {
                await Console.Error.WriteLineAsync("alicloud-vpc-emulator: " + error.Message);
                return 2;
            }

            return await RunAsync(options, cancellationToken);
        });

        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }

    private static async Task<int> RunAsync(EmulatorOptions options, CancellationToken cancellationToken)
    {
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = EmulatorApplication.Build(options, TimeProvider.System);
            _ = app.Services.GetRequiredService<StateStore>();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync("alicloud-vpc-emulator: cannot start: " + error.Message);
            return 1;
        }

        await using (app)
        {
            await app.StartAsync(cancellationToken);
            var url = EmulatorApplication.BoundAddress(app);
            await Console.Out.WriteLineAsync($"listening on {url.GetLeftPart(UriPartial.Authority)}"); // allowed: the listening line is the emulator's handshake
            await Console.Out.FlushAsync(cancellationToken); // allowed: handshake
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Alicloud.Vpc.Emulator");
            HostingLog.Listening(logger, url.ToString(), options.StateFile ?? "(none)", options.Qps);
            var (activeProfile, activeSeed, variants) = app.Services.GetRequiredService<Behaviour.EmulatorBehaviour>().Snapshot();
            HostingLog.Variants(logger, activeProfile, activeSeed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                string.Join(", ", variants.Values.Select(kv => kv.Key + "=" + kv.Value)));
            await app.WaitForShutdownAsync(cancellationToken);
            HostingLog.Stopped(logger);
        }

        return 0;
    }
}
