using System.Collections.Concurrent;
using Alicloud.RouterInterface.Resources.Abstractions;

namespace Alicloud.RouterInterface.Resources.Tests.Support;

/// <summary>Keeps every diagnostic and status line, as the engine would show them.</summary>
internal sealed class RecordingDiagnostics : IResourceDiagnostics
{
    public ConcurrentQueue<(string Level, string Urn, string Message)> Entries { get; } = new();

    public IEnumerable<string> Of(string level) => Entries.Where(e => e.Level == level).Select(e => e.Message);

    public Task InfoAsync(string urn, string message, CancellationToken cancellationToken) => Add("info", urn, message);

    public Task WarningAsync(string urn, string message, CancellationToken cancellationToken) => Add("warning", urn, message);

    public Task ErrorAsync(string urn, string message, CancellationToken cancellationToken) => Add("error", urn, message);

    public Task StatusAsync(string urn, string message, CancellationToken cancellationToken) => Add("status", urn, message);

    private Task Add(string level, string urn, string message)
    {
        Entries.Enqueue((level, urn, message));
        return Task.CompletedTask;
    }
}
