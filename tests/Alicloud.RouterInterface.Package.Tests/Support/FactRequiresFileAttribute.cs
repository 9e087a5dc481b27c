namespace Alicloud.RouterInterface.Package.Tests.Support;

/// <summary>A fact that reports itself skipped, with the reason, when a file it needs is absent.</summary>
public abstract class FactRequiresFileAttribute : FactAttribute
{
    protected FactRequiresFileAttribute(string? path, string whenAbsent)
    {
        if (path is null || !File.Exists(path))
        {
            Skip = $"{path ?? "(no file)"} is absent: {whenAbsent}";
        }
    }
}
