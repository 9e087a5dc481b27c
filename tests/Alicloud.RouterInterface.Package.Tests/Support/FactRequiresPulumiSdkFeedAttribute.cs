using Alicloud.RouterInterface.Testing.Dotnet;

namespace Alicloud.RouterInterface.Package.Tests.Support;

/// <summary>A fact that needs the local Pulumi .NET SDK feed beside the clone (in CI); skipped with the reason elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiresPulumiSdkFeedAttribute : FactAttribute
{
    public FactRequiresPulumiSdkFeedAttribute()
    {
        if (PulumiSdkFeed.AbsentReason is { } reason)
        {
            Skip = reason;
        }
    }
}
