using System.Reflection;

namespace Alicloud.RouterInterface.Provider.Hosting;

/// <summary>The plugin version: the assembly's informational version (from PROVIDER_VERSION) without a +commit suffix.</summary>
internal static class ProviderVersion
{
    public static string Current { get; } = FromAssembly(typeof(ProviderVersion).Assembly);

    public static string FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
