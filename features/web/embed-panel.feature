@web
Feature: The ticket form is embedded in a panel on the customer page
  The form itself belongs to CRM, which serves it; the customer page shows it in a
  panel, isolated in a sandboxed frame (web RFC breakdown, Task 1). The sandbox tokens the
  frame must carry, and the name and value of the embed-source marker (OQ-3), are
  configuration, not step text.

  Background:
    Given a customer "Ana Wijaya" with no associated tickets
    And the user may create tickets

  Rule: The form runs in a sandboxed frame

    @req:WEB-03
    Scenario: The ticket form is sandboxed
      When the user chooses to create a ticket from the customer page
      Then the ticket form runs in a sandboxed frame

  Rule: The panel shows a loading state until the form has loaded

    @req:WEB-04
    Scenario: A slow form is announced by a loading state
      Given the ticket form is slow to load
      When the user chooses to create a ticket from the customer page
      Then the panel shows that the ticket form is loading
      When the ticket form finishes loading
      Then the ticket form is shown

  Rule: The form is requested as CDP's embed

    @req:WEB-05 @depends:OQ-3
    Scenario: The form request names CDP as its embedding source
      When the user chooses to create a ticket from the customer page
      Then the ticket form was requested with CDP's embed-source marker
