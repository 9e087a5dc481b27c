using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>
/// A real <c>pulumirpc.Engine</c> gRPC server on 127.0.0.1 (free port, plaintext HTTP/2) that records every
/// <see cref="LogRequest"/> in arrival order. Thread-safe. <see cref="RejectLogs"/> makes Log fail, to check that a
/// provider survives an engine that cannot take its diagnostics.
/// </summary>
public sealed class FakeEngineServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EngineRecorder _recorder;

    private FakeEngineServer(WebApplication app, EngineRecorder recorder, int port)
    {
        _app = app;
        _recorder = recorder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The address given to the plugin: <c>127.0.0.1:&lt;port&gt;</c>.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>Every Log call so far, in arrival order.</summary>
    public IReadOnlyList<LogRequest> Logs => _recorder.Snapshot();

    public int LogCount => _recorder.Count;

    /// <summary>When true, Log answers UNAVAILABLE (and still records the request).</summary>
    public bool RejectLogs
    {
        get => _recorder.RejectLogs;
        set => _recorder.RejectLogs = value;
    }

    /// <summary>The root resource URN set through SetRootResource.</summary>
    public string RootResourceUrn => _recorder.RootResourceUrn;

    public static async Task<FakeEngineServer> StartAsync(CancellationToken cancellationToken)
    {
        var recorder = new EngineRecorder();
        var (app, port) = await LoopbackGrpcServer.StartAsync(
            services => services.AddSingleton(recorder),
            app => app.MapGrpcService<RecordingEngineService>(),
            cancellationToken);
        return new FakeEngineServer(app, recorder, port);
    }

    /// <summary>The Log calls received after the first <paramref name="index"/> ones.</summary>
    public IReadOnlyList<LogRequest> LogsSince(int index) => [.. _recorder.Snapshot().Skip(index)];

    /// <summary>Waits (bounded) until a Log call matching <paramref name="predicate"/> has arrived.</summary>
    public Task<LogRequest> WaitForLogAsync(Func<LogRequest, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken) =>
        _recorder.WaitForAsync(predicate, timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    /// <summary>Shared state of the service instances (gRPC creates one per call).</summary>
    internal sealed class EngineRecorder
    {
        private readonly Lock _gate = new();
        private readonly List<LogRequest> _logs = [];
        private readonly List<(Func<LogRequest, bool> Predicate, TaskCompletionSource<LogRequest> Waiter)> _waiters = [];

        public volatile bool RejectLogs;

        public string RootResourceUrn { get; set; } = "";

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _logs.Count;
                }
            }
        }

        public void Record(LogRequest request)
        {
            List<TaskCompletionSource<LogRequest>> satisfied;
            lock (_gate)
            {
                _logs.Add(request);
                satisfied = [.. _waiters.Where(w => w.Predicate(request)).Select(w => w.Waiter)];
                _waiters.RemoveAll(w => satisfied.Contains(w.Waiter));
            }

            foreach (var waiter in satisfied)
            {
                waiter.TrySetResult(request);
            }
        }

        public IReadOnlyList<LogRequest> Snapshot()
        {
            lock (_gate)
            {
                return [.. _logs];
            }
        }

        public async Task<LogRequest> WaitForAsync(Func<LogRequest, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
        {
            var waiter = new TaskCompletionSource<LogRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                var existing = _logs.FirstOrDefault(predicate);
                if (existing is not null)
                {
                    return existing;
                }

                _waiters.Add((predicate, waiter));
            }

            try
            {
                return await waiter.Task.WaitAsync(timeout, cancellationToken);
            }
            finally
            {
                lock (_gate)
                {
                    _waiters.RemoveAll(w => w.Waiter == waiter);
                }
            }
        }
    }

    /// <summary>The gRPC service: records Log calls; root resource and version checks answer like the engine.</summary>
    internal sealed class RecordingEngineService(EngineRecorder recorder) : Pulumirpc.Engine.EngineBase
    {
        public override Task<Empty> Log(LogRequest request, ServerCallContext context)
        {
            recorder.Record(request);
            if (recorder.RejectLogs)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, "the fake engine rejects Log calls (RejectLogs)"));
            }

            return Task.FromResult(new Empty());
        }

        public override Task<GetRootResourceResponse> GetRootResource(GetRootResourceRequest request, ServerCallContext context) =>
            Task.FromResult(new GetRootResourceResponse { Urn = recorder.RootResourceUrn });

        public override Task<SetRootResourceResponse> SetRootResource(SetRootResourceRequest request, ServerCallContext context)
        {
            recorder.RootResourceUrn = request.Urn;
            return Task.FromResult(new SetRootResourceResponse());
        }

        public override Task<Empty> StartDebugging(StartDebuggingRequest request, ServerCallContext context) =>
            Task.FromResult(new Empty());

        public override Task<RequirePulumiVersionResponse> RequirePulumiVersion(RequirePulumiVersionRequest request, ServerCallContext context) =>
            Task.FromResult(new RequirePulumiVersionResponse());
    }
}
