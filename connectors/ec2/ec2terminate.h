#pragma once

#include "core/connector/connectoroperation.h"

namespace Slipway {

class Ec2Connector;
class Ec2Client;
struct Ec2Instance;

// Finds the instances of a run by their tags (DescribeInstances, every page) and terminates
// them (TerminateInstances): all of the run's, or the requested ones.
class Ec2Terminate final : public TerminateOperation
{
    Q_OBJECT
public:
    Ec2Terminate(Ec2Connector *connector, const TerminateRequest &request);

protected:
    void start() override;
    void stop() override;

private:
    Ec2Connector *m_connector;
    Ec2Client *m_client = nullptr;
    TerminateRequest m_request;
};

// After a crash: terminates the instances of `owner` labelled with a run that is not active.
class Ec2OrphanCleanUp final : public TerminateOperation
{
    Q_OBJECT
public:
    Ec2OrphanCleanUp(Ec2Connector *connector, const OrphanCleanUpRequest &request);

protected:
    void start() override;
    void stop() override;

private:
    Ec2Connector *m_connector;
    Ec2Client *m_client = nullptr;
    OrphanCleanUpRequest m_request;
};

} // namespace Slipway
