using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.Vpc.Emulator.Tests.Http;

/// <summary>The profiles (strict default, lenient, seeded random) and the admin API that switches them.</summary>
public sealed class ProfileTests : HttpTestBase
{
    [Fact]
    public async Task Default_IsTheStrictProfile()
    {
        var settings = await E.Admin.GetVariantsAsync(CancellationToken.None);

        Assert.Equal("strict", settings.Profile);
        Assert.Equal("strict", settings.Value(EmulatorVariants.Rules));
        Assert.Equal("any-pair", settings.Value(EmulatorVariants.ExpressConnectScope));
        Assert.Equal("accepts-active", settings.Value(EmulatorVariants.ExpressConnectActive));
        Assert.Equal("own-end", settings.Value(EmulatorVariants.CrossAccountExpressConnect));
        Assert.Equal(13, settings.Variants.Count);
    }

    [Fact]
    public async Task Lenient_IsTheFirstVersionsBehaviour()
    {
        var settings = await E.Admin.SetVariantsAsync(EmulatorVariants.Lenient, null, CancellationToken.None);

        Assert.Equal("lenient", settings.Profile);
        Assert.Equal("lenient", settings.Value(EmulatorVariants.Rules));
        Assert.Equal("needs-inactive", settings.Value(EmulatorVariants.ExpressConnectActive));
        Assert.Equal("both-ends", settings.Value(EmulatorVariants.CrossAccountExpressConnect));
    }

    [Fact]
    public async Task Random_SameSeed_SamePicks_AndTheRulesStayStrict()
    {
        var first = await E.Admin.SetVariantsAsync(EmulatorVariants.Random, null, CancellationToken.None, seed: 42);
        await E.Admin.SetVariantsAsync(EmulatorVariants.Strict, null, CancellationToken.None);
        var again = await E.Admin.SetVariantsAsync(EmulatorVariants.Random, null, CancellationToken.None, seed: 42);
        var seeds = new HashSet<string>();
        for (var seed = 0; seed < 20; seed++)
        {
            var picked = await E.Admin.SetVariantsAsync(EmulatorVariants.Random, null, CancellationToken.None, seed: seed);
            seeds.Add(string.Join(",", picked.Variants.Select(v => v.Value.ToString())));
        }

        Assert.Equal(42, first.Seed);
        Assert.Equal(first.Variants.Select(v => v.Value.ToString()), again.Variants.Select(v => v.Value.ToString()));
        Assert.Equal("strict", first.Value(EmulatorVariants.Rules));
        Assert.True(seeds.Count > 10, "the seed changes the picks");
    }

    [Fact]
    public async Task Variant_OverAProfile_ChangesOnlyThatOne()
    {
        var settings = await E.Admin.SetVariantsAsync(EmulatorVariants.Lenient, new Dictionary<string, string> { [EmulatorVariants.DeletedRowSeconds] = "7.5" }, CancellationToken.None);

        Assert.Equal(7.5, settings.Variants[EmulatorVariants.DeletedRowSeconds].GetDouble());
        Assert.Equal("lenient", settings.Value(EmulatorVariants.Rules));
    }

    [Theory]
    [InlineData("noSuchVariant", "x")]
    [InlineData("expressConnectScope", "sometimes")]
    [InlineData("deletedRowSeconds", "-1")]
    [InlineData("filterValueCap", "many")]
    public async Task Variant_BadNameOrValue_IsInvalidParameter_AndChangesNothing(string name, string value)
    {
        var error = await Assert.ThrowsAsync<EmulatorAdminException>(() =>
            E.Admin.SetVariantsAsync(EmulatorVariants.Lenient, new Dictionary<string, string> { [name] = value }, CancellationToken.None));

        Assert.Equal(("InvalidParameter", 400), (error.Code, error.StatusCode));
        Assert.Equal("strict", (await E.Admin.GetVariantsAsync(CancellationToken.None)).Profile);
    }

    [Fact]
    public async Task Profile_Unknown_IsInvalidParameter()
    {
        var error = await Assert.ThrowsAsync<EmulatorAdminException>(() => E.Admin.SetVariantsAsync("sloppy", null, CancellationToken.None));

        Assert.Equal("InvalidParameter", error.Code);
    }
}
