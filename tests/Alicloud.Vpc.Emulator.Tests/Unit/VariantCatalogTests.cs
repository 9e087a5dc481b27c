using System.Reflection;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

/// <summary>The test library's variant names (what other suites drive) are exactly the emulator's catalogue.</summary>
public sealed class VariantCatalogTests
{
    [Fact]
    public void EmulatorVariants_NameEveryCatalogueEntry_AndNothingElse()
    {
        var names = typeof(EmulatorVariants).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name is not "Strict" and not "Lenient" and not "Random")
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(VariantCatalog.All.Select(d => d.Name).Order(StringComparer.Ordinal), names);
        Assert.Equal(VariantCatalog.Profiles, new[] { EmulatorVariants.Strict, EmulatorVariants.Lenient, EmulatorVariants.Random });
    }

    [Fact]
    public void Catalogue_EveryUnknownOfSectionBHasAVariant_WithDefaultsAmongItsValues()
    {
        Assert.Equal(Enumerable.Range(1, 10).Select(i => "B" + i), VariantCatalog.All.Select(d => d.Unknown).Where(u => u != "A").Distinct());
        Assert.All(VariantCatalog.All, d =>
        {
            Assert.NotNull(d.Normalize(d.Strict));
            Assert.NotNull(d.Normalize(d.Lenient));
            Assert.All(d.RandomPicks, p => Assert.NotNull(d.Normalize(p)));
            Assert.False(string.IsNullOrWhiteSpace(d.Source));
        });
    }
}
