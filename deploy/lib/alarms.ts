import { Duration } from "aws-cdk-lib";
import {
  Alarm,
  ComparisonOperator,
  Metric,
  type MetricOptions,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { HttpCodeElb, HttpCodeTarget } from "aws-cdk-lib/aws-elasticloadbalancingv2";
import { Topic } from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";
import type { BotService } from "./bot-service.js";
import type { DeployConfig } from "./config.js";
import type { Ingress } from "./ingress.js";

export interface BotAlarmsProps {
  config: DeployConfig;
  bot: BotService;
  ingress?: Ingress;
  /** False while the service is held at 0 tasks (Slack secret not filled yet). */
  running: boolean;
}

const FIVE_MINUTES: MetricOptions = { period: Duration.minutes(5), statistic: "Sum" };

/**
 * Alarms on what a person would notice: Slack getting 5xx from the load balancer or the bot,
 * targets failing /readyz, fewer tasks running than the minimum. Sent to alarmTopicArn if set.
 */
export class BotAlarms extends Construct {
  constructor(scope: Construct, id: string, props: BotAlarmsProps) {
    super(scope, id);
    const { config, bot, ingress } = props;
    const alarms: Alarm[] = [];
    if (ingress) {
      const { loadBalancer, targetGroup } = ingress;
      const fiveHundreds = [
        ["LoadBalancer5xx", loadBalancer.metrics.httpCodeElb(HttpCodeElb.ELB_5XX_COUNT)],
        ["Target5xx", targetGroup.metrics.httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT)],
      ] as const;
      for (const [name, metric] of fiveHundreds) {
        alarms.push(
          new Alarm(this, name, {
            alarmDescription: `${name}: Slack got 5xx answers (5 or more in 5 minutes)`,
            metric: metric.with(FIVE_MINUTES),
            threshold: 5,
            evaluationPeriods: 1,
            comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            treatMissingData: TreatMissingData.NOT_BREACHING,
          }),
        );
      }
      alarms.push(
        new Alarm(this, "UnhealthyTargets", {
          alarmDescription: "A task has failed /readyz for 3 minutes",
          metric: targetGroup.metrics.unhealthyHostCount({
            period: Duration.minutes(1),
            statistic: "Maximum",
          }),
          threshold: 1,
          evaluationPeriods: 3,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    }
    if (props.running) {
      const { service } = bot;
      alarms.push(
        new Alarm(this, "RunningTasks", {
          alarmDescription: `Fewer than ${config.service.minTasks} tasks running for 3 minutes`,
          // Container Insights (enabled on the cluster) publishes it.
          metric: new Metric({
            namespace: "ECS/ContainerInsights",
            metricName: "RunningTaskCount",
            dimensionsMap: {
              ClusterName: service.cluster.clusterName,
              ServiceName: service.serviceName,
            },
            period: Duration.minutes(1),
            statistic: "Minimum",
          }),
          threshold: config.service.minTasks,
          evaluationPeriods: 3,
          comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
          treatMissingData: TreatMissingData.BREACHING,
        }),
      );
    }
    if (config.alarmTopicArn) {
      const action = new SnsAction(Topic.fromTopicArn(this, "Topic", config.alarmTopicArn));
      for (const alarm of alarms) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
    }
  }
}
