namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>URNs shaped like the engine's: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;type&gt;::&lt;name&gt;</c>.</summary>
public static class Urns
{
    public static string Create(string stack, string project, string type, string name) =>
        $"urn:pulumi:{stack}::{project}::{type}::{name}";

    /// <summary>The default provider of a package: <c>…::pulumi:providers:&lt;package&gt;::default</c>.</summary>
    public static string DefaultProvider(string stack, string project, string package) =>
        Create(stack, project, ProviderType(package), DefaultProviderName);

    /// <summary>The name the engine gives a package's default provider.</summary>
    public const string DefaultProviderName = "default";

    public static string ProviderType(string package) => $"pulumi:providers:{package}";

    /// <summary>An explicit provider: <c>…::pulumi:providers:&lt;package&gt;::&lt;name&gt;</c>.</summary>
    public static string Provider(string stack, string project, string package, string name) =>
        Create(stack, project, ProviderType(package), name);

    /// <summary>The type segment (<c>urn:pulumi:stack::project::type::name</c>; a child's type carries its parents' types joined by <c>$</c>).</summary>
    public static string TypeOf(string urn)
    {
        ArgumentNullException.ThrowIfNull(urn);
        return urn.Split("::") is { Length: >= 4 } parts ? parts[2] : urn;
    }

    /// <summary>The last segment (the resource name).</summary>
    public static string NameOf(string urn)
    {
        ArgumentNullException.ThrowIfNull(urn);
        var separator = urn.LastIndexOf("::", StringComparison.Ordinal);
        return separator < 0 ? urn : urn[(separator + 2)..];
    }
}
