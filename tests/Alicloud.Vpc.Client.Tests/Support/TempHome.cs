namespace Alicloud.Vpc.Client.Tests.Support;

/// <summary>A temporary home directory, optionally with an Aliyun CLI <c>.aliyun/config.json</c>.</summary>
internal sealed class TempHome : IDisposable
{
    public TempHome(string? cliConfigJson = null)
    {
        Path = Directory.CreateTempSubdirectory("vpc-client-home-").FullName;
        if (cliConfigJson is not null)
        {
            var dir = System.IO.Path.Combine(Path, ".aliyun");
            Directory.CreateDirectory(dir);
            File.WriteAllText(System.IO.Path.Combine(dir, "config.json"), cliConfigJson);
        }
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
