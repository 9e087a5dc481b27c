namespace Alicloud.Vpc.Client.Tests.Budget;

/// <summary>A fact that makes "another user" by chown, which needs root (CI runs as root); skipped with that reason otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class FactRequiresRootAttribute : FactAttribute
{
    public FactRequiresRootAttribute()
    {
        if (!HostileBudgetFiles.IsRoot)
        {
            Skip = "chown to another user (uid 65534) needs root; CI runs as root";
        }
    }
}
