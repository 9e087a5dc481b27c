using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.Vpc.Emulator.Tests.Support;

/// <summary>One emulator process for a test class; each test resets it through the admin API.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private EmulatorProcess? _process;

    internal EmulatorProcess Process => _process ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        _process = await EmulatorProcess.StartAsync(new EmulatorStartOptions { Seed = 7, Variants = EmulatorVariants.ExactListings }, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
