package se.kommunstod.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.instance.CoreExecution;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * The engine evaluates a business rule task's DMN table but tells the process only its outputs. Who
 * decides on an application must see which rule of {@code prioritiseApplication} gave the priority,
 * so this plugin leaves the matched rule in the variable {@code <decisionKey>Rule} (e.g. {@code
 * prioritiseApplicationRule} = "Regel 8 (Rule_8): Särskilt utsatt område …") of the business rule
 * task's execution, taken from the table itself: editing a rule's description in Modeler changes
 * what is shown, no code does.
 */
@Component
public class MatchedRulePlugin extends AbstractProcessEnginePlugin {

  /** The variable that holds the matched rule of the decision with this key. */
  public static String variableFor(String decisionKey) {
    return decisionKey + "Rule";
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn =
          (DefaultDmnEngineConfiguration)
              DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    List<DmnDecisionEvaluationListener> listeners =
        dmn.getCustomPostDecisionEvaluationListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(dmn.getCustomPostDecisionEvaluationListeners());
    listeners.add(MatchedRulePlugin::noteMatchedRule);
    dmn.setCustomPostDecisionEvaluationListeners(listeners);
  }

  static void noteMatchedRule(DmnDecisionEvaluationEvent event) {
    if (!(event.getDecisionResult() instanceof DmnDecisionTableEvaluationEvent table)
        || !(table.getDecision() instanceof DecisionDefinitionEntity definition)
        || Context.getCoreExecutionContext() == null) {
      return;
    }
    CoreExecution execution = Context.getCoreExecutionContext().getExecution();
    if (!(execution instanceof DelegateExecution delegate)) {
      return;
    }
    List<String> described = new ArrayList<>();
    for (DmnEvaluatedDecisionRule rule : table.getMatchingRules()) {
      described.add(describe(definition, rule.getId()));
    }
    delegate.setVariable(
        variableFor(definition.getKey()),
        described.isEmpty() ? "Ingen regel matchade" : String.join("; ", described));
  }

  /** "Regel n (id): description", n counted from the top of the table as Modeler shows it. */
  static String describe(DecisionDefinitionEntity definition, String ruleId) {
    DmnModelInstance model =
        Context.getProcessEngineConfiguration()
            .getDeploymentCache()
            .findDmnModelInstanceForDecisionDefinition(definition.getId());
    Rule rule = model == null ? null : model.getModelElementById(ruleId);
    if (rule == null) {
      return ruleId;
    }
    int position =
        new ArrayList<>(
                    ((org.camunda.bpm.model.dmn.instance.DecisionTable) rule.getParentElement())
                        .getRules())
                .indexOf(rule)
            + 1;
    String description =
        rule.getDescription() == null ? "" : rule.getDescription().getTextContent().strip();
    return "Regel "
        + position
        + " ("
        + ruleId
        + ")"
        + (description.isEmpty() ? "" : ": " + description);
  }
}
