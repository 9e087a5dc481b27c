using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.RouterInterface.Conformance.Tests;

public sealed class ConformanceOptionsTests
{
    [Theory]
    [InlineData("--region", new string[0])]
    [InlineData("--region", new[] { "--region" })]
    [InlineData("--name-prefix", new[] { "--region", "cn-hangzhou", "--name-prefix", "x" })]
    [InlineData("--poll-interval", new[] { "--region", "cn-hangzhou", "--poll-interval", "fast" })]
    [InlineData("--deleted-row-watch", new[] { "--region", "cn-hangzhou", "--deleted-row-watch", "-1" })]
    [InlineData("--frobnicate", new[] { "--region", "cn-hangzhou", "--frobnicate" })]
    public void Bad_input_names_the_option(string option, string[] args)
    {
        var error = Assert.Throws<FormatException>(() => ConformanceOptions.Parse(args));
        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_read_only_with_the_fixed_prefix()
    {
        var options = ConformanceOptions.Parse(["--region", "cn-hangzhou"]);
        Assert.False(options.CreateBillableResources);
        Assert.Equal("ri-conformance-", options.NamePrefix);
        Assert.Null(options.ReportPath);
    }

    [Fact]
    public async Task The_report_keys_are_the_emulator_variant_names()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var emulator = await ProbeEmulator.StartAsync(new Dictionary<string, string>(), deadline.Token);
        var known = (await emulator.Admin.GetVariantsAsync(deadline.Token)).Variants.Keys;
        var ours = typeof(VariantNames).GetFields().Select(f => (string)f.GetValue(null)!).Order().ToList();
        Assert.Equal(known.Order(), ours);
    }
}
