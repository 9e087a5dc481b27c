using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>Configuring a provider (§4.1): from the program's config (CheckConfig, DiffConfig, Configure) or from the state (Configure only).</summary>
internal sealed partial class Deployment
{
    /// <summary>up / preview / import: CheckConfig → [DiffConfig] → Configure. False (with an operation error) when the provider rejects its config.</summary>
    public async Task<bool> ConfigureFromProgramAsync(IReadOnlyDictionary<string, ConfigValue> config)
    {
        var previous = State.ProviderEntry(ProviderUrn);
        var news = ConfigStruct(config, keepSecrets: false);
        AddVersion(news);
        CheckResponse check;
        try
        {
            check = await Session.Client.CheckConfigAsync(
                new CheckRequest
                {
                    Urn = ProviderUrn,
                    Olds = PropertyValues.StripSecrets(previous?.Inputs),
                    News = news,
                    Name = Urns.NameOf(ProviderUrn),
                    Type = ProviderType,
                    RandomSeed = RandomSeed(),
                },
                Call());
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
        {
            check = new CheckResponse { Inputs = news };
        }
        catch (RpcException exception)
        {
            AddError($"CheckConfig failed: {exception.StatusCode}: {exception.Status.Detail}");
            return false;
        }

        if (check.Failures.Count > 0)
        {
            foreach (var failure in check.Failures)
            {
                AddError($"provider configuration is invalid: {failure.Property}: {failure.Reason}");
            }

            return false;
        }

        var checkedInputs = check.Inputs?.Clone() ?? news;

        // registry.go: a provider that drops the version key gets it back; one that changes it fails the operation.
        if (news.Fields.TryGetValue(VersionKey, out var asked))
        {
            if (!checkedInputs.Fields.TryGetValue(VersionKey, out var answered))
            {
                checkedInputs.Fields[VersionKey] = asked.Clone();
            }
            else if (!answered.Equals(asked))
            {
                AddError($"provider \"{ProviderUrn}\" attempted to change version from \"{asked.StringValue}\" to \"{answered.StringValue}\"");
                return false;
            }
        }

        var id = previous is not null && await ConfigurationUnchangedAsync(previous, checkedInputs)
            ? previous.Id
            : DryRun ? PropertyValues.UnknownSentinel : Guid.NewGuid().ToString();
        var args = Rewrap(checkedInputs, config);
        if (!await ConfigureAsync(args, id))
        {
            return false;
        }

        if (!DryRun)
        {
            State.SetProviderEntry(new ProviderStateEntry(ProviderUrn, id, args));
        }

        return true;
    }

    /// <summary>destroy / refresh: Configure with the provider inputs stored in the state (no CheckConfig).</summary>
    public Task<bool> ConfigureFromStateAsync(IReadOnlyDictionary<string, ConfigValue> fallback)
    {
        var provider = State.ProviderEntry(ProviderUrn);
        var args = provider?.Inputs;
        if (args is null)
        {
            args = ConfigStruct(fallback, keepSecrets: true);
            AddVersion(args);
        }

        return ConfigureAsync(args, provider?.Id ?? Guid.NewGuid().ToString());
    }

    private const string VersionKey = "version";

    /// <summary>The <c>version</c> key the engine adds to a provider's inputs when the program asks for a version.</summary>
    private void AddVersion(Struct inputs)
    {
        var version = _options.ProviderVersion ?? Session.PluginInfo.Version;
        if (!string.IsNullOrEmpty(version))
        {
            inputs.Fields[VersionKey] = Value.ForString(version);
        }
    }

    private async Task<bool> ConfigurationUnchangedAsync(ProviderStateEntry previous, Struct news)
    {
        try
        {
            var diff = await Session.Client.DiffConfigAsync(
                new DiffRequest
                {
                    Id = previous.Id,
                    Urn = ProviderUrn,
                    Olds = PropertyValues.StripSecrets(previous.Inputs),
                    News = news,
                    OldInputs = PropertyValues.StripSecrets(previous.Inputs),
                    Name = Urns.NameOf(ProviderUrn),
                    Type = ProviderType,
                },
                Call());
            return diff.Changes == DiffResponse.Types.DiffChanges.DiffNone;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
        {
            return news.Equals(PropertyValues.StripSecrets(previous.Inputs));
        }
    }

    private async Task<bool> ConfigureAsync(Struct args, string id)
    {
        var request = new ConfigureRequest
        {
            Args = args,
            AcceptSecrets = true,
            AcceptResources = true,
            SendsOldInputs = true,
            SendsOldInputsToDelete = true,
            Id = id,
            Urn = ProviderUrn,
            Name = Urns.NameOf(ProviderUrn),
            Type = ProviderType,
        };
        foreach (var (key, value) in PropertyValues.StripSecrets(args).Fields)
        {
            if (key != VersionKey)
            {
                request.Variables[$"{_options.Package}:config:{key}"] =
                    value.KindCase == Value.KindOneofCase.StringValue ? value.StringValue : JsonFormatter.Default.Format(value);
            }
        }

        try
        {
            await Session.ConfigureAsync(request, CancellationToken.None);
            ConfiguredProviderId = id;
            return true;
        }
        catch (RpcException exception)
        {
            AddError(DescribeConfigureError(exception));
            return false;
        }
    }

    /// <summary>The CLI's rendering: one line per missing key, or the status message.</summary>
    private static string DescribeConfigureError(RpcException exception)
    {
        ConfigureErrorMissingKeys? missing = null;
        try
        {
            missing = exception.GetRpcStatus()?.GetDetail<ConfigureErrorMissingKeys>();
        }
        catch (InvalidOperationException)
        {
            // Undecodable details: show the message only.
        }

        if (missing is null || missing.MissingKeys.Count == 0)
        {
            return $"Configure failed: {exception.StatusCode}: {exception.Status.Detail}";
        }

        return string.Join(
            Environment.NewLine,
            missing.MissingKeys.Select(key => $"missing required configuration key \"{key.Name}\": {key.Description}"));
    }

    /// <summary>The stack config as provider inputs: plain strings, secrets as secret objects when <paramref name="keepSecrets"/>.</summary>
    internal static Struct ConfigStruct(IReadOnlyDictionary<string, ConfigValue> config, bool keepSecrets)
    {
        var result = new Struct();
        foreach (var (key, value) in config)
        {
            result.Fields[key] = keepSecrets && value.IsSecret ? PropertyValues.Secret(value.Value) : Value.ForString(value.Value);
        }

        return result;
    }

    /// <summary>The checked config with the stack's secret keys wrapped as secrets again (Configure always gets secrets).</summary>
    private static Struct Rewrap(Struct checkedInputs, IReadOnlyDictionary<string, ConfigValue> config)
    {
        var result = checkedInputs.Clone();
        foreach (var (key, value) in config)
        {
            if (value.IsSecret && result.Fields.TryGetValue(key, out var plain) && !PropertyValues.IsSecret(plain))
            {
                result.Fields[key] = PropertyValues.Secret(plain);
            }
        }

        return result;
    }
}
