using System.Collections.Concurrent;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Budget;
using Alicloud.Vpc.Client.Transitions;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Configuration;

/// <summary>
/// Creates VPC clients for resolved settings. Clients of one account (AccessKey and endpoint) share one call budget,
/// so a re-Configure does not reset it; through the shared folder it is also the budget of this user's other plugin
/// processes on the account. Beside each budget, the account's learnt transition times, under the same settings.
/// </summary>
internal sealed class VpcClientConnector(
    VpcClientOptions options, VpcQuotaOptions quotas, TimeProvider timeProvider, ILoggerFactory loggerFactory, EngineBudgetWarnings warnings) : IDisposable
{
    private readonly ConcurrentDictionary<(string? AccessKeyId, string? Endpoint), Lazy<VpcCallBudget>> _budgets = new();
    private readonly ConcurrentDictionary<(string? AccessKeyId, string? Endpoint), Lazy<ILearntTransitionStore>> _transitions = new();

    public IVpcClient Create(ResolvedSettings settings)
    {
        var budget = _budgets.GetOrAdd(
            (settings.AccessKeyId, settings.Endpoint),
            _ => new Lazy<VpcCallBudget>(() => VpcClientFactory.CreateCallBudget(settings, quotas, timeProvider, loggerFactory, warnings)));
        return VpcClientFactory.Create(settings, options, timeProvider, loggerFactory, budget.Value);
    }

    /// <summary>The learnt transition times of the account <paramref name="settings"/> name (one store per AccessKey and endpoint).</summary>
    public ILearntTransitionStore LearntTransitions(ResolvedSettings settings) =>
        _transitions.GetOrAdd(
            (settings.AccessKeyId, settings.Endpoint),
            _ => new Lazy<ILearntTransitionStore>(() => LearntTransitionStores.Create(settings, quotas, timeProvider, warnings))).Value;

    public void Dispose()
    {
        foreach (var budget in _budgets.Values.Where(b => b.IsValueCreated))
        {
            budget.Value.Dispose();
        }
    }
}
