using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>
/// Base of the contract tests on the shared emulator: resets it before each test and bounds each test with a deadline
/// (every call gets <see cref="Ct"/>).
/// </summary>
[Collection(EmulatorCollection.Name)]
public abstract class EmulatorContractTest : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));

    protected EmulatorContractTest(EmulatorFixture fixture)
    {
        Fixture = fixture;
        Topology = TopologyFor(VpcSignatureVersion.RpcHmacSha1);
    }

    protected EmulatorFixture Fixture { get; }

    /// <summary>Dev (initiating account) and peer (accepting account) clients with the default signature.</summary>
    protected Topology Topology { get; }

    protected CancellationToken Ct => _timeout.Token;

    public virtual Task InitializeAsync() => Fixture.ResetAsync(Ct);

    public Task DisposeAsync()
    {
        _timeout.Dispose();
        return Task.CompletedTask;
    }

    protected Topology TopologyFor(VpcSignatureVersion signature)
    {
        var options = EmulatorFixture.ContractOptions with { SignatureVersion = signature };
        return new Topology(Fixture.Client(EmulatorCredentials.Dev, options), Fixture.Client(EmulatorCredentials.Peer, options));
    }
}
