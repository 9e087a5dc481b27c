namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>A Pulumi program reduced to what the engine sees: resource registrations in program order.</summary>
public sealed class StackProgram
{
    public StackProgram(IEnumerable<ResourceDeclaration> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        Resources = [.. resources];
        var duplicate = Resources.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two resources are named '{duplicate.Key}'.", nameof(resources));
        }

        foreach (var resource in Resources)
        {
            var missing = resource.DependsOn.FirstOrDefault(name => Resources.All(r => r.Name != name));
            if (missing is not null)
            {
                throw new ArgumentException($"'{resource.Name}' depends on '{missing}', which the program does not declare.", nameof(resources));
            }
        }
    }

    public StackProgram(params ResourceDeclaration[] resources)
        : this((IEnumerable<ResourceDeclaration>)resources)
    {
    }

    public IReadOnlyList<ResourceDeclaration> Resources { get; }

    /// <summary>Explicit providers the resources may name in <see cref="ResourceDeclaration.Provider"/>.</summary>
    public IReadOnlyList<ProviderDeclaration> Providers { get; init; } = [];

    /// <summary>The empty program: <c>up</c> with it deletes everything (like removing all code).</summary>
    public static StackProgram Empty { get; } = new();
}
