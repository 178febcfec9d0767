{{%AUTOESCAPE context="HTML"}}
{{!
  The three fields of every password form (included as PASSWORD_FIELDS): current_password,
  new_password, confirm_password. Values: RULE (the policy in one sentence). Sections:
  CURRENT_ERROR, NEW_ERROR, CONFIRM_ERROR (MESSAGE each). Passwords are never echoed back.
}}
<div class="field{{#CURRENT_ERROR}} has-error{{/CURRENT_ERROR}}">
<label for="current_password">当前密码</label>
<input id="current_password" name="current_password" type="password" autocomplete="current-password" maxlength="64" required{{#CURRENT_ERROR}} aria-invalid="true" aria-describedby="current_password-error"{{/CURRENT_ERROR}}>
{{#CURRENT_ERROR}}<p class="field-error" id="current_password-error">{{MESSAGE}}</p>{{/CURRENT_ERROR}}
</div>
<div class="field{{#NEW_ERROR}} has-error{{/NEW_ERROR}}">
<label for="new_password">新密码</label>
<input id="new_password" name="new_password" type="password" autocomplete="new-password" maxlength="64" required aria-describedby="new_password-hint{{#NEW_ERROR}} new_password-error{{/NEW_ERROR}}"{{#NEW_ERROR}} aria-invalid="true"{{/NEW_ERROR}}>
<p class="field-hint" id="new_password-hint">{{RULE}}</p>
{{#NEW_ERROR}}<p class="field-error" id="new_password-error">{{MESSAGE}}</p>{{/NEW_ERROR}}
</div>
<div class="field{{#CONFIRM_ERROR}} has-error{{/CONFIRM_ERROR}}">
<label for="confirm_password">确认新密码</label>
<input id="confirm_password" name="confirm_password" type="password" autocomplete="new-password" maxlength="64" required{{#CONFIRM_ERROR}} aria-invalid="true" aria-describedby="confirm_password-error"{{/CONFIRM_ERROR}}>
{{#CONFIRM_ERROR}}<p class="field-error" id="confirm_password-error">{{MESSAGE}}</p>{{/CONFIRM_ERROR}}
</div>
