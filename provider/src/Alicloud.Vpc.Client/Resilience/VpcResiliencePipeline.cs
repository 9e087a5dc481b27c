using Alicloud.Vpc.Client.Budget;
using Alicloud.Vpc.Client.Transport;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace Alicloud.Vpc.Client.Resilience;

/// <summary>
/// Retry (exponential backoff with jitter, server hint honoured, on the injected TimeProvider) around the call budget
/// (a permit per attempt, for the attempt's API and region) around a per-attempt timeout. The overall bound is the caller's CancellationToken.
/// </summary>
internal static class VpcResiliencePipeline
{
    public static readonly ResiliencePropertyKey<AttemptState> StateKey = new("alicloud.vpc.attempt");

    public static ResiliencePipeline<RpcResponse> Build(VpcClientOptions options, ICallBudget budget, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<RpcResponse> { Name = "alicloud-vpc", TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<RpcResponse>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = static args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(ServerHint(args.Outcome, options.MaxDelay)),
                OnRetry = args =>
                {
                    LogRetry(logger, args);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder
            .AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args =>
                {
                    args.Context.Properties.TryGetValue(StateKey, out var state);
                    return budget.AcquireAsync(state?.Action ?? "", state?.RegionId ?? "", args.Context.CancellationToken);
                },
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout })
            .Build();
    }

    private static bool ShouldRetry(Outcome<RpcResponse> outcome) => outcome.Exception switch
    {
        null => outcome.Result is { } response && RetryClassifier.IsTransient(response),
        var exception => RetryClassifier.IsTransportFailure(exception),
    };

    private static TimeSpan? ServerHint(Outcome<RpcResponse> outcome, TimeSpan maxDelay) =>
        RetryClassifier.RetryAfter(outcome.Exception, outcome.Result) is { } hint ? (hint < maxDelay ? hint : maxDelay) : null;

    private static void LogRetry(ILogger logger, OnRetryArguments<RpcResponse> args)
    {
        if (!args.Context.Properties.TryGetValue(StateKey, out var state))
        {
            return;
        }

        var response = args.Outcome.Result;
        VpcClientLog.RequestRetrying(
            logger,
            state.Action,
            state.Attempts,
            RetryClassifier.CodeOf(args.Outcome.Exception, response),
            response?.HttpStatus ?? 0,
            response?.Error?.RequestId,
            (long)args.RetryDelay.TotalMilliseconds);
    }
}
