namespace Alicloud.Vpc.Client.Budget;

/// <summary>Where the grant log lives: in this process, or in a file shared by the user's processes.</summary>
internal interface IGrantStore
{
    /// <summary>Takes the grant when every window of <paramref name="request"/> has room at the store's current time.</summary>
    ValueTask<GrantDecision> TryTakeAsync(BudgetRequest request, CancellationToken cancellationToken);

    /// <summary>Grants of <paramref name="key"/> in the last <paramref name="spanMs"/> milliseconds (all processes).</summary>
    ValueTask<int> CountRecentAsync(string key, long spanMs, CancellationToken cancellationToken);
}
