namespace Alicloud.RouterInterface.Testing;

/// <summary>Locations in the repository, found from the running assembly by walking up to the solution file.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    /// <summary>The folder <c>make build</c> fills (override with ROUTERINTERFACE_BIN).</summary>
    public static string Bin => Environment.GetEnvironmentVariable("ROUTERINTERFACE_BIN") is { Length: > 0 } bin ? bin : Path.Combine(Root, "bin");

    public static string PluginBinary => Path.Combine(Bin, "pulumi-resource-alicloud-routerinterface");

    public static string EmulatorBinary => Path.Combine(Bin, "alicloud-vpc-emulator");

    public static string SchemaFile => Path.Combine(Root, "schema.json");

    /// <summary>The shared data folder beside the clone (present in CI, absent in a user's clone).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PulumiRouterInterface.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PulumiRouterInterface.sln not found above {AppContext.BaseDirectory}.");
    }
}
