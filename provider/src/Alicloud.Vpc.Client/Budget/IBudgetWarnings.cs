namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// Where the budget says that its shared file could not be used (and what it did instead): the plugin sends it to
/// the engine's log, since its stderr is seen only with <c>--debug</c>. A message names paths and reasons, never a key.
/// </summary>
public interface IBudgetWarnings
{
    ValueTask WarnAsync(string message, CancellationToken cancellationToken);
}
