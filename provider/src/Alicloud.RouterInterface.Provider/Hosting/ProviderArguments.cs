using System.Globalization;

namespace Alicloud.RouterInterface.Provider.Hosting;

/// <summary>
/// The command line the engine gives a resource plugin: optional <c>--logtostderr</c>, <c>-v=N</c>,
/// <c>--logflow</c>, <c>--tracing X</c>, then the engine's address as the only positional argument.
/// No positional argument means attach mode: the address arrives later through the Attach RPC.
/// </summary>
internal sealed record ProviderArguments(string? EngineAddress, int Verbosity, bool LogToStderr, string? TracingEndpoint, IReadOnlyList<string> IgnoredOptions)
{
    public static ProviderArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? engineAddress = null;
        var verbosity = 0;
        var logToStderr = false;
        string? tracing = null;
        var ignored = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--logtostderr" or "-logtostderr")
            {
                logToStderr = true;
            }
            else if (arg is "--logflow" or "-logflow")
            {
                // Only tells the CLI to pass its own log flags on; nothing to do here.
            }
            else if (arg is "--tracing" or "-tracing")
            {
                tracing = i + 1 < args.Count ? args[++i] : throw new ArgumentException("--tracing needs a value.");
            }
            else if (arg.StartsWith("--tracing=", StringComparison.Ordinal))
            {
                tracing = arg["--tracing=".Length..];
            }
            else if (arg.StartsWith("-v", StringComparison.Ordinal) || arg.StartsWith("--v", StringComparison.Ordinal))
            {
                verbosity = ParseVerbosity(arg);
            }
            else if (arg.StartsWith('-'))
            {
                // A newer engine may pass flags we do not know; they must not stop the plugin from starting.
                ignored.Add(arg);
            }
            else if (engineAddress is null)
            {
                engineAddress = arg;
            }
            else
            {
                throw new ArgumentException($"Expected at most one positional argument (the engine address), got '{engineAddress}' and '{arg}'.");
            }
        }

        return new ProviderArguments(engineAddress, verbosity, logToStderr, tracing, ignored);
    }

    private static int ParseVerbosity(string arg)
    {
        var separator = arg.IndexOf('=', StringComparison.Ordinal);
        if (separator < 0)
        {
            return 1;
        }

        return int.TryParse(arg.AsSpan(separator + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) && level >= 0
            ? level
            : throw new ArgumentException($"Invalid verbosity '{arg}'.");
    }
}
