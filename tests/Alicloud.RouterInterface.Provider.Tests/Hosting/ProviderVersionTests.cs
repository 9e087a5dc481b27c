extern alias ProviderAssembly;

using System.Reflection;
using System.Reflection.Emit;
using ProviderAssembly::Alicloud.RouterInterface.Provider.Hosting;

namespace Alicloud.RouterInterface.Provider.Tests.Hosting;

public sealed class ProviderVersionTests
{
    [Theory]
    [InlineData("1.2.3+abcdef0", "1.2.3")]
    [InlineData("0.1.0-dev", "0.1.0-dev")]
    [InlineData("2.0.0-rc.1+build.5", "2.0.0-rc.1")]
    public void FromAssembly_InformationalVersion_DropsTheCommitSuffix(string informational, string expected)
    {
        var builder = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("VersionProbe"), AssemblyBuilderAccess.Run);
        builder.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(AssemblyInformationalVersionAttribute).GetConstructor([typeof(string)])!, [informational]));

        Assert.Equal(expected, ProviderVersion.FromAssembly(builder));
    }

    [Fact]
    public void Current_HasNoCommitSuffix()
    {
        Assert.DoesNotContain('+', ProviderVersion.Current);
        Assert.Matches(@"^\d+\.\d+\.\d+", ProviderVersion.Current);
    }
}
