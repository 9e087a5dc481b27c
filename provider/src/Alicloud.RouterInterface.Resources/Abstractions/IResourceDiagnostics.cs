namespace Alicloud.RouterInterface.Resources.Abstractions;

/// <summary>
/// What the user sees in the Pulumi CLI for a resource: diagnostics (kept in the final "Diagnostics:" section)
/// and ephemeral status text (the row's Info column). The protocol layer sends both through <c>Engine.Log</c>.
/// Never pass credentials here.
/// </summary>
public interface IResourceDiagnostics
{
    Task InfoAsync(string urn, string message, CancellationToken cancellationToken);

    Task WarningAsync(string urn, string message, CancellationToken cancellationToken);

    Task ErrorAsync(string urn, string message, CancellationToken cancellationToken);

    /// <summary>Ephemeral status text shown on the resource's row, replaced by the next one.</summary>
    Task StatusAsync(string urn, string message, CancellationToken cancellationToken);
}
