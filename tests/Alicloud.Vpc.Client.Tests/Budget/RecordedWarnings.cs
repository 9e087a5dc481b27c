using System.Collections.Concurrent;
using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Tests.Budget;

/// <summary>The budget's warnings as the plugin would send them to the engine.</summary>
internal sealed class RecordedWarnings : IBudgetWarnings
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyList<string> Messages => [.. _messages];

    public ValueTask WarnAsync(string message, CancellationToken cancellationToken)
    {
        _messages.Enqueue(message);
        return ValueTask.CompletedTask;
    }
}
