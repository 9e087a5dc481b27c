using Alicloud.Vpc.Emulator.Tests.Support;

namespace Alicloud.Vpc.Emulator.Tests.Http;

/// <summary>A fresh in-process emulator (strict default) per test.</summary>
public abstract class HttpTestBase : IAsyncLifetime
{
    private HttpEmulator? _emulator;

    internal HttpEmulator E => _emulator ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _emulator = await HttpEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
