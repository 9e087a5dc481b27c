namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>The wire type of a resource property.</summary>
public enum PropertyKind
{
    String,
    Integer,
    Boolean,

    /// <summary>An object of string values (<see cref="TagMap"/>).</summary>
    StringMap,
}

/// <summary>What changing an input means for the cloud resource.</summary>
public enum ChangeBehaviour
{
    /// <summary>Not an input (outputs only).</summary>
    None,

    /// <summary>The interface must be replaced.</summary>
    Replace,

    /// <summary>In place through ModifyRouterInterfaceAttribute.</summary>
    ModifyAttribute,

    /// <summary>In place through ModifyRouterInterfaceSpec (and a wait for the spec change to finish).</summary>
    ModifySpec,

    /// <summary>In place; only the stack's state (and provider behaviour) changes.</summary>
    StateOnly,

    /// <summary>In place; switching it on connects the pair.</summary>
    Connect,

    /// <summary>In place through TagResourcesForExpressConnect / UntagResourcesForExpressConnect (only what differs).</summary>
    Tags,

    /// <summary>In place through ChangeResourceGroup.</summary>
    ResourceGroup,

    /// <summary>In place through ActivateRouterInterface / DeactivateRouterInterface and a wait until the status is reached.</summary>
    Status,

    /// <summary>Sent only by CreateRouterInterface; no VPC API changes it later, so Diff refuses a change in preview.</summary>
    CreateOnly,
}

/// <summary>One property of a typed record: its name, wire type, change behaviour and accessors.</summary>
public sealed record PropertyField<TRecord>(
    string Name,
    PropertyKind Kind,
    ChangeBehaviour OnChange,
    Func<TRecord, object?> Get,
    Func<TRecord, object?, TRecord> Set)
{
    /// <summary>The value an absent input stands for when inputs are compared (null: absent is its own value).</summary>
    public object? Default { get; init; }

    /// <summary>
    /// An absent new value means "not managed": removing the input changes nothing (status, tags, resource group, health-check
    /// rate and threshold, whose live values the outputs of the same name keep showing).
    /// </summary>
    public bool AbsentIsUnmanaged { get; init; }
}
