using System.Security.Cryptography;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>
/// One engine operation in progress: the loaded provider, the state, the outcomes recorded so far, and the Ctrl-C
/// handling (Cancel to the provider, no new steps, running steps finish).
/// </summary>
internal sealed partial class Deployment
{
    private readonly Lock _gate = new();
    private readonly List<ResourceOutcome> _outcomes = [];
    private readonly List<string> _errors = [];
    private readonly PulumiEngineOptions _options;
    private Task<string?>? _interruptCancel;
    private volatile bool _failed;
    private volatile bool _interrupted;

    public Deployment(PulumiEngineOptions options, StackState state, ProviderSession session, bool dryRun)
    {
        _options = options;
        State = state;
        Session = session;
        DryRun = dryRun;
    }

    public StackState State { get; }

    public ProviderSession Session { get; }

    public bool DryRun { get; }

    public bool Interrupted => _interrupted;

    /// <summary>Whether the scheduler may start new steps.</summary>
    public bool ShouldStop => _interrupted || (_failed && !_options.ContinueOnError);

    public IReadOnlyList<ResourceOutcome> Outcomes
    {
        get
        {
            lock (_gate)
            {
                return [.. _outcomes];
            }
        }
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>The provider this operation drives: the package's default provider unless an explicit one is named.</summary>
    public string ProviderUrn => ProviderName == Urns.DefaultProviderName
        ? Urns.DefaultProvider(State.Stack, State.Project, _options.Package)
        : Urns.Create(State.Stack, State.Project, ProviderType, ProviderName);

    /// <summary>The provider resource's name: <c>default</c>, or an explicit provider's name (<c>new Provider("name", …)</c>).</summary>
    public string ProviderName { get; init; } = Urns.DefaultProviderName;

    /// <summary>The provider ID the last Configure used (the unknown sentinel in a preview of a changed configuration).</summary>
    public string? ConfiguredProviderId { get; private set; }

    public string ProviderType => Urns.ProviderType(_options.Package);

    /// <summary>First Ctrl-C: no new steps, Cancel to the provider (30 s deadline); running steps end with the provider's answer.</summary>
    public void Interrupt()
    {
        lock (_gate)
        {
            if (_interrupted)
            {
                return;
            }

            _interrupted = true;
            _interruptCancel = Session.CancelAsync(_options.InterruptCancelDeadline);
        }
    }

    public async Task WaitForInterruptAsync()
    {
        Task<string?>? cancel;
        lock (_gate)
        {
            cancel = _interruptCancel;
        }

        if (cancel is not null && await cancel is { } error)
        {
            AddError($"Cancel failed: {error}");
        }
    }

    public void AddError(string error)
    {
        lock (_gate)
        {
            _errors.Add(error);
        }
    }

    public void Record(ResourceOutcome outcome)
    {
        lock (_gate)
        {
            _outcomes.Add(outcome);
        }

        if (outcome.Status == OutcomeStatus.Failed)
        {
            _failed = true;
        }
    }

    public void RecordSkipped(string urn, string name, string type, StepKind step, string reason) =>
        Record(new ResourceOutcome { Urn = urn, Name = name, Type = type, Step = step, Status = OutcomeStatus.Skipped, Error = reason });

    public CallOptions Call() => Session.CallOptions(CancellationToken.None);

    public long Now() => _options.TimeProvider.GetTimestamp();

    public TimeSpan Since(long started) => _options.TimeProvider.GetElapsedTime(started);

    /// <summary>What the engine sends for properties: secrets and references only if the provider accepted them.</summary>
    public Struct Send(Struct? properties) => PropertyValues.ForProvider(properties, Session.AcceptSecrets, Session.AcceptResources);

    /// <summary>
    /// Outputs as the engine keeps them: if the provider did not accept secrets, top-level outputs whose input was
    /// secret are made secret again (annotateSecrets).
    /// </summary>
    public Struct Receive(Struct? outputs, Struct? inputs)
    {
        var result = outputs?.Clone() ?? new Struct();
        if (Session.AcceptSecrets || inputs is null)
        {
            return result;
        }

        foreach (var (key, input) in inputs.Fields)
        {
            if (PropertyValues.IsSecret(input) && result.Fields.TryGetValue(key, out var output) && !PropertyValues.IsSecret(output))
            {
                result.Fields[key] = PropertyValues.Secret(output);
            }
        }

        return result;
    }

    public static ByteString RandomSeed() => ByteString.CopyFrom(RandomNumberGenerator.GetBytes(32));

    /// <summary>The message the CLI prints for a failed RPC, plus the init-failure reasons if the provider attached them.</summary>
    public static (string Message, StatusCode Code, ErrorResourceInitFailed? InitFailed) Describe(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ErrorResourceInitFailed? initFailed = null;
        try
        {
            initFailed = exception.GetRpcStatus()?.GetDetail<ErrorResourceInitFailed>();
        }
        catch (InvalidOperationException)
        {
            // Undecodable details: the engine would show the message only.
        }

        return (exception.Status.Detail, exception.StatusCode, initFailed);
    }
}
