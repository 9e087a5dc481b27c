using Grpc.Net.Client;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Hosting;

/// <summary>
/// The engine's address (from the command line, Handshake or Attach) and a lazily opened <c>pulumirpc.Engine</c>
/// client for it. The address may change once (attach mode); the client follows.
/// </summary>
internal sealed class EngineConnection(HostingOptions options) : IDisposable
{
    private readonly Lock _gate = new();
    private string? _address;
    private GrpcChannel? _channel;
    private Engine.EngineClient? _client;

    public string? Address
    {
        get
        {
            lock (_gate)
            {
                return _address;
            }
        }
    }

    /// <summary>Records the engine address; a different address replaces the client.</summary>
    public void SetAddress(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        GrpcChannel? previous = null;
        lock (_gate)
        {
            if (string.Equals(_address, address, StringComparison.Ordinal))
            {
                return;
            }

            _address = address;
            previous = _channel;
            _channel = null;
            _client = null;
        }

        previous?.Dispose();
    }

    /// <summary>The Engine client, or null while the address is not known yet (attach mode before Attach).</summary>
    public Engine.EngineClient? TryGetClient()
    {
        lock (_gate)
        {
            if (_client is not null || _address is null)
            {
                return _client;
            }

            _channel = GrpcChannel.ForAddress(ToUri(_address), new GrpcChannelOptions
            {
                MaxReceiveMessageSize = options.MaxMessageSize,
                MaxSendMessageSize = options.MaxMessageSize,
            });
            _client = new Engine.EngineClient(_channel);
            return _client;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _channel?.Dispose();
            _channel = null;
            _client = null;
        }
    }

    private static string ToUri(string address) =>
        address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address;
}
