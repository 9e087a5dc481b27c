using System.Globalization;

namespace Alicloud.RouterInterface.Testing.Dotnet;

/// <summary>How one <c>dotnet</c> command in a <see cref="TemporaryDotnetProject"/> ended, with its interleaved output.</summary>
public sealed record DotnetCommandResult(string Command, int ExitCode, bool TimedOut, TimeSpan Elapsed, string Output)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>One line for a test log or an assertion message; the output follows when the command failed.</summary>
    public override string ToString()
    {
        var outcome = TimedOut
            ? $"timed out after {Elapsed.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)} s"
            : $"exit {ExitCode.ToString(CultureInfo.InvariantCulture)} in {Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s";
        return Succeeded ? $"{Command}: {outcome}" : $"{Command}: {outcome}\n{Output}";
    }
}
