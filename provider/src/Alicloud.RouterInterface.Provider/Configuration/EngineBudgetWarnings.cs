using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client.Budget;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>
/// The call budget's warnings as engine diagnostics without a resource (the plugin's stderr is seen only with
/// <c>--debug</c>), each text once per process.
/// </summary>
internal sealed class EngineBudgetWarnings(IResourceDiagnostics diagnostics) : IBudgetWarnings
{
    private readonly HashSet<string> _said = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async ValueTask WarnAsync(string message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_said.Add(message))
            {
                return;
            }
        }

        await diagnostics.WarningAsync("", message, cancellationToken).ConfigureAwait(false);
    }
}
