using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>
/// A loaded provider, as in §4.1 of the protocol sheet: the plugin started (or attached), Handshake as the readiness
/// probe (retried on UNAVAILABLE, UNIMPLEMENTED accepted), [Attach], GetPluginInfo. Configure is the caller's next
/// step. Disposal is the engine's close: Cancel, close the connection, SIGINT, wait, kill.
/// </summary>
public sealed class ProviderSession : IAsyncDisposable
{
    private readonly PulumiEngineOptions _options;
    private readonly GrpcChannel? _attachChannel;
    private ProviderShutdown? _shutdown;

    private ProviderSession(PulumiEngineOptions options, PluginProcess? plugin, GrpcChannel? attachChannel, ResourceProvider.ResourceProviderClient client)
    {
        _options = options;
        Plugin = plugin;
        _attachChannel = attachChannel;
        Client = client;
    }

    /// <summary>The started plugin (null when attached to a running one).</summary>
    public PluginProcess? Plugin { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    /// <summary>The Handshake answer; null when the plugin answered UNIMPLEMENTED.</summary>
    public ProviderHandshakeResponse? Handshake { get; private set; }

    public PluginInfo PluginInfo { get; private set; } = new();

    public ConfigureResponse? Configuration { get; private set; }

    // After a Handshake the engine takes the capabilities from its answer and ignores Configure's; only a provider that
    // did not handshake is judged by Configure (pkg/resource/plugin/provider_plugin.go, pluginProtocol).

    /// <summary>Whether the engine sends secrets as secret objects.</summary>
    public bool AcceptSecrets => Handshake?.AcceptSecrets ?? Configuration?.AcceptSecrets ?? false;

    public bool AcceptResources => Handshake?.AcceptResources ?? Configuration?.AcceptResources ?? false;

    /// <summary>Whether Create/Update are called with <c>preview = true</c> (else the engine fakes preview outputs): always after a Handshake.</summary>
    public bool SupportsPreview => Handshake is not null || (Configuration?.SupportsPreview ?? false);

    /// <summary>Loads the provider: start or attach, Handshake, [Attach], GetPluginInfo.</summary>
    public static async Task<ProviderSession> OpenAsync(PulumiEngineOptions options, string engineAddress, IReadOnlyDictionary<string, string> pulumiConfig, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        PluginProcess? plugin = null;
        GrpcChannel? attachChannel = null;
        ResourceProvider.ResourceProviderClient client;
        if (options.AttachAddress is { } attachAddress)
        {
            attachChannel = GrpcChannel.ForAddress($"http://{attachAddress}", new GrpcChannelOptions
            {
                MaxReceiveMessageSize = PluginProcess.MaxMessageSize,
                MaxSendMessageSize = PluginProcess.MaxMessageSize,
            });
            client = new ResourceProvider.ResourceProviderClient(attachChannel);
        }
        else
        {
            plugin = await PluginProcess.StartAsync(
                new PluginLaunchOptions
                {
                    BinaryPath = options.PluginBinary,
                    EngineAddress = engineAddress,
                    Arguments = options.PluginArguments,
                    Config = pulumiConfig,
                    Project = options.Project,
                    WorkingDirectory = options.ProgramDirectory,
                    Environment = options.PluginEnvironment,
                    Hermetic = options.Hermetic,
                    PortTimeout = options.PluginStartTimeout,
                    InterruptGrace = options.InterruptGrace,
                },
                cancellationToken);
            client = plugin.Client;
        }

        var session = new ProviderSession(options, plugin, attachChannel, client);
        try
        {
            await session.HandshakeAsync(engineAddress, cancellationToken);
            if (options.AttachAddress is not null)
            {
                await client.AttachAsync(new PluginAttach { Address = engineAddress }, session.CallOptions(cancellationToken));
            }

            session.PluginInfo = await client.GetPluginInfoAsync(new Empty(), session.CallOptions(cancellationToken));
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Configure; remembers the declared capabilities for later calls.</summary>
    public async Task<ConfigureResponse> ConfigureAsync(ConfigureRequest request, CancellationToken cancellationToken)
    {
        Configuration = await Client.ConfigureAsync(request, CallOptions(cancellationToken));
        return Configuration;
    }

    /// <summary>Call options with the harness's safety deadline.</summary>
    public CallOptions CallOptions(CancellationToken cancellationToken) =>
        new(deadline: _options.TimeProvider.GetUtcNow().UtcDateTime + _options.RpcTimeout, cancellationToken: cancellationToken);

    /// <summary>The Cancel the engine sends on Ctrl-C (30 s deadline); errors are returned, not thrown.</summary>
    public Task<string?> CancelAsync(TimeSpan deadline) => SendCancelAsync(deadline);

    /// <summary>The engine's close: Cancel (5 s), close the connection, SIGINT, wait, kill. Idempotent.</summary>
    public async Task<ProviderShutdown> ShutdownAsync()
    {
        if (_shutdown is not null)
        {
            return _shutdown;
        }

        var exitedBefore = Plugin?.HasExited == true;
        var cancelError = exitedBefore ? "the plugin had already exited" : await SendCancelAsync(_options.ShutdownCancelDeadline);
        _attachChannel?.Dispose();
        PluginExit? exit = null;
        if (Plugin is not null)
        {
            exit = await Plugin.InterruptAsync(CancellationToken.None);
            await Plugin.DisposeAsync();
        }

        _shutdown = new ProviderShutdown(cancelError is null, cancelError, exit, exitedBefore);
        return _shutdown;
    }

    public async ValueTask DisposeAsync() => await ShutdownAsync();

    private async Task HandshakeAsync(string engineAddress, CancellationToken cancellationToken)
    {
        var request = new ProviderHandshakeRequest
        {
            EngineAddress = engineAddress,
            ConfigureWithUrn = true,
            SupportsRefreshBeforeUpdate = true,
            InvokeWithPreview = true,
        };
        if (_options.AttachAddress is null)
        {
            var directory = _options.ProgramDirectory ?? Directory.GetCurrentDirectory();
            request.RootDirectory = directory;
            request.ProgramDirectory = directory;
        }

        var started = _options.TimeProvider.GetTimestamp();
        while (true)
        {
            try
            {
                Handshake = await Client.HandshakeAsync(request, CallOptions(cancellationToken));
                return;
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
            {
                Handshake = null;
                return;
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.Unavailable
                && _options.TimeProvider.GetElapsedTime(started) < _options.HandshakeRetryWindow)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), _options.TimeProvider, cancellationToken);
            }
        }
    }

    private async Task<string?> SendCancelAsync(TimeSpan deadline)
    {
        try
        {
            await Client.CancelAsync(new Empty(), deadline: _options.TimeProvider.GetUtcNow().UtcDateTime + deadline);
            return null;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
        {
            return null;
        }
        catch (RpcException exception)
        {
            return $"{exception.StatusCode}: {exception.Status.Detail}";
        }
    }
}
