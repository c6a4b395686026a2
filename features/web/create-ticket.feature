@web
Feature: Create a ticket in the embedded form and have it associated
  On the web, CRM's embedded form creates the ticket and tells the customer page with
  TICKET_CREATED. Whether CRM also associates the ticket to the customer is still open
  (OQ-6): if it does, the customer page must not associate it again; if it does not, the
  customer page associates it itself, once, with CDP's lead-ticket association call
  (initiative README, Backend item; web RFC breakdown, Task 3). The cross-platform happy
  path lives in anchor/create-and-associate.feature.

  Background:
    Given a customer "Ana Wijaya" with no associated tickets
    And the user may create tickets

  Rule: The customer page associates the ticket itself only when CRM does not

    @req:TCKT-S04 @req:WEB-08 @req:TCKT-S03 @depends:OQ-6
    Scenario: Without server-side association, the customer page associates the ticket once
      Given CRM does not associate tickets server-side
      When the user creates the ticket "Refund not received" from the customer page
      Then the customer page made the CDP association call for "Refund not received" exactly once
      And the ticket "Refund not received" is associated to the customer
      And the customer's ticket list shows "Refund not received"

    @req:WEB-09 @req:TCKT-S03 @depends:OQ-6
    Scenario: With server-side association, the customer page makes no association call
      Given CRM associates tickets server-side
      When the user creates the ticket "Refund not received" from the customer page
      Then the ticket "Refund not received" is associated to the customer
      And the customer page made no CDP association call
      And the customer's ticket list shows "Refund not received"
