using System.Globalization;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>Progress on stderr as the run goes: which question, what it waits for; seconds since the start first.</summary>
internal sealed class ProgressLog(TextWriter stderr, TimeProvider time)
{
    private readonly long _start = time.GetTimestamp();

    public void Say(string message) =>
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{time.GetElapsedTime(_start).TotalSeconds,7:0.0}s] {message}"));
}
