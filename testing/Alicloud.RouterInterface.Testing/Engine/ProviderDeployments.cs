namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>The deployments of one operation by provider: the default provider's (the root) and one per explicit provider.</summary>
internal sealed class ProviderDeployments(Deployment root)
{
    private readonly Dictionary<string, Deployment> _explicit = new(StringComparer.Ordinal);

    public Deployment Root { get; } = root;

    public void Add(Deployment deployment) => _explicit[deployment.ProviderUrn] = deployment;

    public bool Has(string providerUrn) => _explicit.ContainsKey(providerUrn);

    /// <summary>The deployment of a resource's provider reference (null: the default provider).</summary>
    public Deployment For(string? providerUrn) =>
        providerUrn is null ? Root : _explicit.TryGetValue(providerUrn, out var deployment) ? deployment
            : throw new InvalidOperationException($"The provider {providerUrn} was not loaded.");
}
