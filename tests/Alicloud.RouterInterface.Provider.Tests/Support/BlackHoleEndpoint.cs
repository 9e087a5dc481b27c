using System.Net;
using System.Net.Sockets;

namespace Alicloud.RouterInterface.Provider.Tests.Support;

/// <summary>
/// A loopback TCP endpoint that accepts connections and never answers: a cloud call through it hangs until cancelled.
/// Counts connections, so a test can also prove that nothing was called.
/// </summary>
internal sealed class BlackHoleEndpoint : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _connections = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly SemaphoreSlim _connected = new(0);

    public BlackHoleEndpoint()
    {
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    /// <summary>The endpoint as provider config: plain http is accepted for loopback.</summary>
    public string Endpoint => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public int ConnectionCount
    {
        get
        {
            lock (_connections)
            {
                return _connections.Count;
            }
        }
    }

    /// <summary>Waits (bounded by the token) for the first connection.</summary>
    public Task WaitForConnectionAsync(CancellationToken cancellationToken) => _connected.WaitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        lock (_connections)
        {
            _connections.ForEach(c => c.Dispose());
        }

        _stop.Dispose();
        _connected.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_connections)
            {
                _connections.Add(client);
            }

            _connected.Release();
        }
    }
}
