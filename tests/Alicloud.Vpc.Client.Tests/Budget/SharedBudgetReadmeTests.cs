using System.Globalization;
using Alicloud.RouterInterface.Testing;
using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Tests.Budget;

/// <summary>The README's figures on the shared budget's safety are the code's.</summary>
public sealed class SharedBudgetReadmeTests
{
    private static string Readme() => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    [Fact]
    public void Readme_SafetyFigures_AreTheDefaults()
    {
        var readme = Readme();

        Assert.Contains($"a lock held for more than {Seconds(VpcQuotaOptions.Default.LockWait)}", readme, StringComparison.Ordinal);
        Assert.Contains($"the longest window plus {Seconds(VpcQuotaOptions.Default.GrantTimeoutSlack)}", readme, StringComparison.Ordinal);
        Assert.Contains($"now (plus {Seconds(TimeSpan.FromMilliseconds(GrantLogLimits.DefaultSkewMs))})", readme, StringComparison.Ordinal);
        Assert.Contains($"a file over {GrantLogLimits.MaxFileBytes >> 20} MiB", readme, StringComparison.Ordinal);
        Assert.Contains($"`{Errors.AlibabaErrorCodes.CallBudgetExhausted}`", readme, StringComparison.Ordinal);
        Assert.Contains("`salt`, mode 0600", readme, StringComparison.Ordinal);
    }
}
