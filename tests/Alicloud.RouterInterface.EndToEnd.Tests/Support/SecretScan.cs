using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>Collects a test's operations and checks that configured secrets appear nowhere a user or a log collector could see.</summary>
internal sealed class SecretScan(IReadOnlyList<string> secrets)
{
    private readonly List<OperationResult> _operations = [];

    public OperationResult Record(OperationResult result)
    {
        _operations.Add(result);
        return result;
    }

    /// <summary>Plugin stdout/stderr, Engine.Log messages, operation errors and the stack state are free of every secret.</summary>
    public void AssertNoLeak(PulumiEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var state = string.Join('\n', engine.State.Resources.Select(r => PropertyValues.ToJson(r.Outputs) + PropertyValues.ToJson(r.Inputs)));
        foreach (var secret in secrets)
        {
            foreach (var result in _operations)
            {
                Assert.DoesNotContain(secret, result.PluginStandardError, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, result.PluginStandardOutput, StringComparison.Ordinal);
                Assert.DoesNotContain(result.Logs, l => l.Message.Contains(secret, StringComparison.Ordinal));
                Assert.DoesNotContain(secret, result.ToString(), StringComparison.Ordinal);
            }

            Assert.DoesNotContain(secret, state, StringComparison.Ordinal);
        }

        // The scan looked at real output: the plugin ran verbose and wrote its log.
        Assert.Contains(_operations, r => r.PluginStandardError.Length > 0);
    }
}
