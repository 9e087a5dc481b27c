extern alias ProviderAssembly;

using ProviderAssembly::Alicloud.RouterInterface.Provider.Hosting;

namespace Alicloud.RouterInterface.Provider.Tests.Hosting;

public sealed class ProviderArgumentsTests
{
    [Fact]
    public void Parse_EngineAddressOnly_IsTheAddress()
    {
        var arguments = ProviderArguments.Parse(["127.0.0.1:51234"]);

        Assert.Equal("127.0.0.1:51234", arguments.EngineAddress);
        Assert.Equal(0, arguments.Verbosity);
        Assert.False(arguments.LogToStderr);
    }

    [Fact]
    public void Parse_EngineFlagsBeforeAddress_AreTolerated()
    {
        var arguments = ProviderArguments.Parse(["--logtostderr", "-v=9", "--logflow", "--tracing", "http://127.0.0.1:4318", "127.0.0.1:1"]);

        Assert.Equal("127.0.0.1:1", arguments.EngineAddress);
        Assert.Equal(9, arguments.Verbosity);
        Assert.True(arguments.LogToStderr);
        Assert.Equal("http://127.0.0.1:4318", arguments.TracingEndpoint);
        Assert.Empty(arguments.IgnoredOptions);
    }

    [Fact]
    public void Parse_NoArguments_IsAttachMode()
    {
        Assert.Null(ProviderArguments.Parse([]).EngineAddress);
    }

    [Fact]
    public void Parse_UnknownFlag_IsIgnoredNotFatal()
    {
        var arguments = ProviderArguments.Parse(["--some-future-flag", "127.0.0.1:1"]);

        Assert.Equal("127.0.0.1:1", arguments.EngineAddress);
        Assert.Equal(["--some-future-flag"], arguments.IgnoredOptions);
    }

    [Fact]
    public void Parse_TwoPositionals_Throws()
    {
        Assert.Throws<ArgumentException>(() => ProviderArguments.Parse(["127.0.0.1:1", "127.0.0.1:2"]));
    }

    [Fact]
    public void Parse_TracingWithoutValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => ProviderArguments.Parse(["--tracing"]));
    }

    [Theory]
    [InlineData("-v=abc")]
    [InlineData("-v=-1")]
    public void Parse_BadVerbosity_Throws(string flag)
    {
        Assert.Throws<ArgumentException>(() => ProviderArguments.Parse([flag, "127.0.0.1:1"]));
    }
}
